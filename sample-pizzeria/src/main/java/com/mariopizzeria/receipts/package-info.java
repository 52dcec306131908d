/** The receipt printer at the counter, which runs out of paper: the sample's dead letter. */
package com.mariopizzeria.receipts;
