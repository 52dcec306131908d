package com.example.pizzeria;

public enum Size {
  SMALL,
  LARGE
}
