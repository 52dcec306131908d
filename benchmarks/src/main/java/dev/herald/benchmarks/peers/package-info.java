/**
 * Builds each peer event bus the way its documentation tells users to, so that every scenario sets
 * them up identically; greenrobot's subscriber index ({@code GreenrobotIndex}) is generated into
 * this package by greenrobot's annotation processor.
 */
package dev.herald.benchmarks.peers;
