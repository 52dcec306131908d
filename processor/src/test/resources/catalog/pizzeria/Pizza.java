package com.example.pizzeria;

public record Pizza(String name, Size size) {}
