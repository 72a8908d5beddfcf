/**
 * Supplier follow-up (seed measure M8): an adviser's plan per supplier company — goals from its growth ambitions,
 * activities, next steps with dates, outcomes — which the company's own people read and comment on, and the advisers'
 * overview of every listed supplier with its plan, its market dialogues and its contracts won.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"organisations", "suppliers", "dialogue", "notices"})
@org.jspecify.annotations.NullMarked
package no.innomotor.followup;
