package org.disputes.command.web;

import org.disputes.api.TenderMethod;

/** A tender as the contract writes it; its currency is the case's. */
record TenderRequest(TenderMethod method, String amount) {
}
