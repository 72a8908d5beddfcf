package no.innomotor.benefits.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.innomotor.benefits.BenefitId;
import no.innomotor.benefits.BenefitView;

/**
 * The benefit map laid out for drawing: benefits in columns by the order of their links (a benefit stands one column
 * right of the last benefit leading to it), each link an arrow from one box to the next. The plan refuses circles.
 */
public record BenefitMap(int width, int height, List<Node> nodes, List<Link> links) {

    static final int BOX_WIDTH = 200;
    static final int BOX_HEIGHT = 64;
    static final int GAP_X = 60;
    static final int GAP_Y = 24;
    static final int MARGIN = 12;

    public BenefitMap {
        nodes = List.copyOf(nodes);
        links = List.copyOf(links);
    }

    /** One benefit's box; {@code lines} its title broken to fit. */
    public record Node(int number, String title, List<String> lines, int column, int x, int y) {
        public Node {
            lines = List.copyOf(lines);
        }
    }

    /** An arrow from one benefit to the one it leads to. */
    public record Link(int from, int to, String fromTitle, String toTitle, int x1, int y1, int x2, int y2) {}

    public boolean empty() {
        return nodes.isEmpty();
    }

    static BenefitMap of(List<BenefitView> benefits) {
        Map<BenefitId, BenefitView> byId = new HashMap<>();
        benefits.forEach(b -> byId.put(b.id(), b));
        Map<BenefitId, Integer> column = new HashMap<>();
        benefits.forEach(b -> column(b.id(), byId, benefits, column));
        Map<Integer, Integer> rows = new HashMap<>();
        Map<BenefitId, Node> nodes = new HashMap<>();
        List<Node> ordered = new ArrayList<>();
        benefits.stream()
                .sorted((a, b) -> column.get(a.id()).equals(column.get(b.id()))
                        ? Integer.compare(a.number(), b.number())
                        : Integer.compare(column.get(a.id()), column.get(b.id())))
                .forEach(b -> {
                    int col = column.get(b.id());
                    int row = rows.merge(col, 1, Integer::sum) - 1;
                    Node node = new Node(
                            b.number(),
                            b.title(),
                            lines(b.number() + ". " + b.title()),
                            col,
                            MARGIN + col * (BOX_WIDTH + GAP_X),
                            MARGIN + row * (BOX_HEIGHT + GAP_Y));
                    nodes.put(b.id(), node);
                    ordered.add(node);
                });
        List<Link> links = new ArrayList<>();
        for (Node from : ordered) {
            BenefitView benefit = benefits.stream()
                    .filter(b -> b.number() == from.number())
                    .findFirst()
                    .orElseThrow();
            for (BenefitId next : benefit.leadsTo()) {
                Node to = nodes.get(next);
                if (to != null) {
                    links.add(new Link(
                            from.number(),
                            to.number(),
                            from.title(),
                            to.title(),
                            from.x() + BOX_WIDTH,
                            from.y() + BOX_HEIGHT / 2,
                            to.x() - 4,
                            to.y() + BOX_HEIGHT / 2));
                }
            }
        }
        int columns = column.values().stream().mapToInt(Integer::intValue).max().orElse(-1) + 1;
        int maxRows = rows.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        return new BenefitMap(
                Math.max(1, columns) * (BOX_WIDTH + GAP_X) - GAP_X + 2 * MARGIN,
                Math.max(1, maxRows) * (BOX_HEIGHT + GAP_Y) - GAP_Y + 2 * MARGIN,
                ordered,
                links);
    }

    private static int column(
            BenefitId id, Map<BenefitId, BenefitView> byId, List<BenefitView> all, Map<BenefitId, Integer> column) {
        Integer known = column.get(id);
        if (known != null) {
            return known;
        }
        column.put(id, 0); // guards against a circle, which the plan refuses anyway
        int col = 0;
        for (BenefitView before : all) {
            if (before.leadsTo().contains(id) && !before.id().equals(id)) {
                col = Math.max(col, column(before.id(), byId, all, column) + 1);
            }
        }
        column.put(id, col);
        return col;
    }

    /** The title in lines of at most 28 characters, at most two, the last cut short with an ellipsis. */
    static List<String> lines(String text) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split("\\s+")) {
            if (line.length() > 0 && line.length() + 1 + word.length() > 28) {
                lines.add(line.toString());
                line.setLength(0);
            }
            if (line.length() > 0) {
                line.append(' ');
            }
            line.append(word);
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        if (lines.size() > 2) {
            String second = lines.get(1);
            lines = new ArrayList<>(
                    List.of(lines.get(0), (second.length() > 26 ? second.substring(0, 26) : second) + "…"));
        }
        return lines;
    }
}
