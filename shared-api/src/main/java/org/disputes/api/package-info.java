/**
 * The language both services share: typed identifiers and value objects at this level, commands and events
 * packaged by feature. Everything here is an immutable record or an enum.
 */
package org.disputes.api;
