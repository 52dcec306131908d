package com.example.orders;

/** Not sealed: records of other modules may implement it, which the table's fallback covers. */
public interface Auditable {}
