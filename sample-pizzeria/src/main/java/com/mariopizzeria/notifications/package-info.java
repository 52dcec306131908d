/**
 * E-mails to customers: what each order event tells them, and the sender that puts them on the wire
 * (here a console that can be down for a while, to show retries).
 */
package com.mariopizzeria.notifications;
