package com.mariopizzeria.notifications;

/** One e-mail to a customer. */
public record Email(String to, String subject, String body) {}
