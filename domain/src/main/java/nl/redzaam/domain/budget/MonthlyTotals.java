package nl.redzaam.domain.budget;

import java.math.BigDecimal;

/**
 * The plan per month, in euros with cents: income, expenses and debt payments, and what is left
 * (negative when more goes out than comes in).
 */
public record MonthlyTotals(
    BigDecimal income, BigDecimal expenses, BigDecimal debtPayments, BigDecimal left) {}
