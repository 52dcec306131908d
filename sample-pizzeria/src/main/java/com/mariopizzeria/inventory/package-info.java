/**
 * Ingredients: what each pizza takes by size, what is in the store room, the IMMEDIATE check that
 * refuses a confirmation the store room cannot cook, and the deduction after the commit.
 */
package com.mariopizzeria.inventory;
