package shop;

import java.util.List;

public sealed interface Shape permits Shape.Circle, Shape.Polygon, Shape.Group {

  record Circle(double radius) implements Shape {}

  sealed interface Polygon extends Shape permits Square, Triangle {}

  record Group(String name, List<Shape> members) implements Shape {}
}
