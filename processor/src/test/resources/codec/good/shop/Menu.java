package shop;

import java.util.List;

/** Nests a second record called Item, so the codec must tell the two apart. */
public record Menu(List<Menu.Item> items) {

  public record Item(String dish, long priceCents) {}
}
