package org.disputes.console.stats;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A horizontal bar chart drawn as SVG on the server: each bar's geometry is computed here, so the template only
 * writes attributes (no script, no inline style). The same figures stand beside each bar as text.
 */
public record BarChart(List<Bar> bars, int height) {

    public static final int ROW = 28;
    public static final int LABEL_WIDTH = 140;
    public static final int BAR_WIDTH = 360;

    /** One bar: its label key (or label), its count, and its width and place in the drawing. */
    public record Bar(String labelKey, String label, long count, int width, int y) {
        public int textY() {
            return y + 16;
        }

        public int valueX() {
            return LABEL_WIDTH + width + 6;
        }
    }

    static BarChart of(Object counts, String keyPrefix) {
        List<Bar> bars = new ArrayList<>();
        if (counts instanceof Map<?, ?> map) {
            long max = map.values().stream().mapToLong(BarChart::count).max().orElse(0);
            int y = 4;
            for (Map.Entry<?, ?> e : map.entrySet()) {
                long n = count(e.getValue());
                int width = max == 0 ? 0 : (int) Math.max(n == 0 ? 0 : 2, n * BAR_WIDTH / max);
                String label = String.valueOf(e.getKey());
                bars.add(new Bar(keyPrefix.isEmpty() ? null : keyPrefix + label, label, n, width, y));
                y += ROW;
            }
        }
        return new BarChart(bars, bars.size() * ROW + 8);
    }

    private static long count(Object value) {
        return value instanceof Number n ? n.longValue() : 0;
    }

    public int totalWidth() {
        return LABEL_WIDTH + BAR_WIDTH + 60;
    }
}
