/**
 * Mario's Pizzeria, Herald's sample service: the Dagger component and the one module that builds
 * the bus, the scripted day and the throughput run, and the journal the handlers print to. The
 * domain lives in the sub-packages, the kitchen in the {@code herald-sample-pizzeria-kitchen}
 * module.
 */
package com.mariopizzeria;
