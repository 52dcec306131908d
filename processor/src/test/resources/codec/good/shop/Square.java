package shop;

public record Square(double side) implements Shape.Polygon {}
