package shop;

public enum Size { SMALL, MEDIUM, LARGE }
