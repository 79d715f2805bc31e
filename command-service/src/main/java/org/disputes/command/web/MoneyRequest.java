package org.disputes.command.web;

/** An amount as the contract writes it: a decimal string and an ISO 4217 currency code. */
record MoneyRequest(String value, String currency) {
}
