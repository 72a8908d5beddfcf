package no.innomotor.platform.web;

import java.time.LocalDate;
import java.util.List;
import no.innomotor.shared.work.InboxSummary;
import no.innomotor.shared.work.WorkItem;

/** What a signed-in person's front page shows: work waiting for them, overdue first, and their newest messages. */
public record WhatNeedsYou(List<WorkItem> items, LocalDate today, List<InboxSummary.Line> latest, long unread) {

    public WhatNeedsYou {
        items = List.copyOf(items);
        latest = List.copyOf(latest);
    }
}
