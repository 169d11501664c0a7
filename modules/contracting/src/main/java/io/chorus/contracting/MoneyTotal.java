package io.chorus.contracting;

import java.math.BigDecimal;

/** A sum of money in one currency, with how many entries made it. */
public record MoneyTotal(String currency, BigDecimal amount, long entries) {}
