package shop;

public record Triangle(double a, double b, double c) implements Shape.Polygon {}
