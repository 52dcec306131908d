package com.example.orders.imports;

import com.example.orders.Auditable;

/** Not annotated, so unknown to the table: it reaches handlers of Auditable through the fallback. */
public record OrderImported(String orderId) implements Auditable {}
