/** Messages to customers about their orders. */
package com.mariopizzeria.notifications;
