package no.innomotor.shared.documents;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * A PDF built from a title, headings, paragraphs, key-value facts and tables, in an embedded Unicode font (so æøå,
 * the Sami letters and dashes come out as typed and can be searched and copied), with the document's title, author
 * and language in its metadata and "page n" at the foot of every page. Start with {@link #titled}, add parts in
 * reading order, then {@link #toBytes()}.
 *
 * <pre>{@code
 * byte[] pdf = PdfDocument.titled("Dialoglogg", Locale.forLanguageTag("nb"))
 *         .author("Kari Innkjøper").heading("Linjer").table(List.of("Når", "Hva"), rows).toBytes();
 * }</pre>
 */
public final class PdfDocument {

    /** The regular face shipped inside OpenPDF; bold is drawn from it, so one embedded font covers the text. */
    private static final String FONT = "font-fallback/LiberationSans-Regular.ttf";

    private static final Color RULE = new Color(0xC8, 0xCD, 0xD2);
    private static final Color HEADER_FILL = new Color(0xE9, 0xEC, 0xEF);

    private final String title;
    private final Locale language;
    private String author = "";
    private String subject = "";
    private String pageLabel = "{0}";
    private final List<Consumer<Document>> parts = new ArrayList<>();
    private final BaseFont base;

    private PdfDocument(String title, Locale language) {
        this.title = title;
        this.language = language;
        try {
            this.base = BaseFont.createFont(FONT, BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A document whose first line and metadata title is {@code title}, written in {@code language}. */
    public static PdfDocument titled(String title, Locale language) {
        PdfDocument document = new PdfDocument(title, language);
        document.parts.add(d -> d.add(document.paragraph(title, document.font(18, true), 12)));
        return document;
    }

    /** Who made the document, for its metadata. */
    public PdfDocument author(String author) {
        this.author = author;
        return this;
    }

    /** What the document is about, for its metadata. */
    public PdfDocument subject(String subject) {
        this.subject = subject;
        return this;
    }

    /**
     * The page number's text at the foot of each page, as a {@link java.text.MessageFormat} pattern whose {@code {0}}
     * is the number ("Side {0}", "Page {0}").
     */
    public PdfDocument pageLabel(String pattern) {
        this.pageLabel = pattern;
        return this;
    }

    public PdfDocument heading(String text) {
        parts.add(d -> d.add(paragraph(text, font(13, true), 6)));
        return this;
    }

    /** A paragraph; line breaks in {@code text} are kept. */
    public PdfDocument paragraph(String text) {
        parts.add(d -> d.add(paragraph(text, font(10, false), 6)));
        return this;
    }

    /** Label and value pairs, one under the other, as a two-column list without borders. */
    public PdfDocument facts(List<Fact> facts) {
        List<Fact> copy = List.copyOf(facts);
        parts.add(d -> {
            PdfPTable table = new PdfPTable(new float[] {1, 3});
            table.setWidthPercentage(100);
            table.setSpacingAfter(10);
            for (Fact fact : copy) {
                table.addCell(cell(fact.label(), font(10, true), null, false));
                table.addCell(cell(fact.value(), font(10, false), null, false));
            }
            d.add(table);
        });
        return this;
    }

    /**
     * A table with a header row repeated on every page it runs over; {@code widths} are relative column widths (one
     * per header). Each row has one text per column; long texts wrap, and line breaks are kept.
     */
    public PdfDocument table(List<String> headers, List<Float> widths, List<List<String>> rows) {
        if (headers.size() != widths.size()) {
            throw new IllegalArgumentException("One width per column");
        }
        List<String> header = List.copyOf(headers);
        List<List<String>> body = rows.stream().map(List::copyOf).toList();
        float[] relative = new float[widths.size()];
        for (int i = 0; i < relative.length; i++) {
            relative[i] = widths.get(i);
        }
        parts.add(d -> {
            PdfPTable table = new PdfPTable(relative);
            table.setWidthPercentage(100);
            table.setHeaderRows(1);
            table.setSpacingAfter(10);
            for (String text : header) {
                table.addCell(cell(text, font(9, true), HEADER_FILL, true));
            }
            for (List<String> row : body) {
                for (int i = 0; i < header.size(); i++) {
                    table.addCell(cell(i < row.size() ? row.get(i) : "", font(9, false), null, true));
                }
            }
            d.add(table);
        });
        return this;
    }

    /** The finished PDF. */
    public byte[] toBytes() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 48, 48, 48, 56);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            writer.setPageEvent(new PageNumbers());
            document.addTitle(title);
            if (!author.isEmpty()) {
                document.addAuthor(author);
                document.addCreator(author);
            }
            if (!subject.isEmpty()) {
                document.addSubject(subject);
            }
            document.open();
            writer.getExtraCatalog().put(PdfName.LANG, new PdfString(language.toLanguageTag()));
            for (Consumer<Document> part : parts) {
                part.accept(document);
            }
        } catch (DocumentException e) {
            throw new IllegalStateException("The PDF could not be written", e);
        } finally {
            if (document.isOpen()) {
                document.close();
            }
        }
        return out.toByteArray();
    }

    /** A label and its value, for {@link #facts}. */
    public record Fact(String label, String value) {}

    private Font font(float size, boolean bold) {
        return new Font(base, size, bold ? Font.BOLD : Font.NORMAL);
    }

    private static Paragraph paragraph(String text, Font font, float after) {
        Paragraph paragraph = new Paragraph(text, font);
        paragraph.setSpacingAfter(after);
        return paragraph;
    }

    private static PdfPCell cell(String text, Font font, @Nullable Color fill, boolean border) {
        PdfPCell cell = new PdfPCell(new Phrase(text, font));
        cell.setPadding(4);
        if (fill != null) {
            cell.setBackgroundColor(fill);
        }
        if (border) {
            cell.setBorderColor(RULE);
        } else {
            cell.setBorder(PdfPCell.NO_BORDER);
        }
        return cell;
    }

    private final class PageNumbers extends PdfPageEventHelper {
        @Override
        public void onEndPage(PdfWriter writer, Document document) {
            String text = java.text.MessageFormat.format(pageLabel, String.valueOf(writer.getPageNumber()));
            ColumnText.showTextAligned(
                    writer.getDirectContent(),
                    Element.ALIGN_RIGHT,
                    new Phrase(new Chunk(text, font(8, false))),
                    document.right(),
                    document.bottom() - 24,
                    0);
        }
    }
}
