# frozen_string_literal: true

# Two queries as they were before the figures at scale (issue 31), kept to
# compare the new ones with on the same data: what members and moderators see
# must not change.
module LegacyQueries
  module_function

  # TransparencyQuery#rows as it was: every request since `since`, and every
  # case opened since then as Ruby objects with its escalation and decision
  # events. `cases` may be given, as transparency_cases built them, to read
  # them once for several windows.
  def transparency_rows(period:, since:, cases: nil)
    cases ||= transparency_cases(since)
    DiscourseMediation::Rules::Record::Transparency.aggregate(
      requests: DiscourseMediation::HelpRequest.where("created_at >= ?", since).pluck(:created_at),
      cases: cases.select { _1.opened_at >= since },
      period:,
      outcome_keys: DiscourseMediation::LadderStep.in_order.pluck(:key),
    )
  end

  def transparency_cases(since)
    mediation_cases =
      DiscourseMediation::MediationCase.where("created_at >= ?", since).includes(:ballot).to_a
    moments =
      DiscourseMediation::CaseEvent
        .where(case_id: mediation_cases.map(&:id), action: %w[escalate close_ballot])
        .pluck(:case_id, :action, :created_at)
        .group_by(&:first)
    mediation_cases.map do |c|
      at = ->(action) { moments[c.id]&.find { _1[1] == action }&.last }
      DiscourseMediation::Rules::Record::Transparency::Case.new(
        opened_at: c.created_at,
        first_response_at: c.first_response_at,
        resolved_at: c.state == "resolved" ? c.ended_at : nil,
        escalated_at: at.("escalate"),
        decided_at: at.("close_ballot"),
        outcome: c.ballot&.outcome,
      )
    end
  end

  # ArchiveQuery's page as it was: one query, the search an OR of a title
  # subquery and a subject subquery.
  def archive_page_ids(params)
    filter =
      DiscourseMediation::Rules::Record::ArchiveFilter.parse(
        params,
        outcome_keys: DiscourseMediation::LadderStep.in_order.pluck(:key),
      )
    page = DiscourseMediation::Rules::Case::QueueFilter.page(params[:page])
    relation =
      DiscourseMediation::MediationCase.in_states(filter.states).order(
        Arel.sql(
          "discourse_mediation_cases.ended_at DESC NULLS LAST, discourse_mediation_cases.id DESC",
        ),
      )
    relation = relation.where(outcome: filter.outcome) if filter.outcome
    if filter.from
      relation =
        relation.where("discourse_mediation_cases.ended_at >= ?", filter.from.beginning_of_day)
    end
    if filter.to
      relation = relation.where("discourse_mediation_cases.ended_at <= ?", filter.to.end_of_day)
    end
    if filter.query
      pattern = "%#{ActiveRecord::Base.sanitize_sql_like(filter.query)}%"
      by_title = Topic.where("title ILIKE ?", pattern).select(:id)
      by_subject =
        DiscourseMediation::MediationCase
          .naming_subject
          .where(subject_id: User.where("username_lower LIKE ?", pattern.downcase).select(:id))
          .select(:id)
      relation =
        relation.where(
          "discourse_mediation_cases.topic_id IN (?) OR discourse_mediation_cases.id IN (?)",
          by_title,
          by_subject,
        )
    end
    relation.offset(page * 30).limit(31).pluck(:id)
  end
end

module LegacyQueries
  module_function

  def visible_cases(user)
    DiscourseMediation::MediationCase
      .where.not(id: DiscourseMediation::CasePerson.where(user_id: user.id).select(:case_id))
      .where.not(id: DiscourseMediation::HelpRequest.where(user_id: user.id).select(:case_id))
  end

  # QueueQuery#remembered as it was: an OR with a subquery of named cases.
  def remembered(relation)
    forgiven =
      DiscourseMediation::Rules::Record::Forgiveness.cutoff(
        now: Time.zone.now,
        months: SiteSetting.mediation_forgiveness_months,
      )
    relation.where("discourse_mediation_cases.ended_at > ?", forgiven).or(
      relation.where(id: DiscourseMediation::MediationCase.naming_subject.select(:id)),
    )
  end

  # QueueQuery#counts as it was: every case grouped by state, and every
  # remembered ended case counted.
  def queue_counts(user)
    lifecycle = DiscourseMediation::Rules::Case::Lifecycle
    visible = visible_cases(user)
    by_state = visible.group(:state).count
    sum = ->(states) { states.sum { |state| by_state[state.to_s].to_i } }
    {
      unassigned: visible.in_states(%i[requested]).where(mediator_id: nil).count,
      mine: visible.ongoing.where(mediator_id: user.id).count,
      open: sum.(lifecycle::OPEN_STATES),
      escalated: sum.(lifecycle::ESCALATED_STATES),
      decided: sum.(%i[decided]),
      overdue: visible.ongoing.overdue.count,
      closed: remembered(visible.in_states(lifecycle::ENDED_STATES)).count,
    }
  end

  # The first page of the queue's Closed tab as it was.
  def closed_tab_ids(user)
    states = DiscourseMediation::Rules::Case::QueueFilter.fetch(:closed).states
    remembered(visible_cases(user).in_states(states))
      .order(
        Arel.sql(
          "discourse_mediation_cases.ended_at DESC NULLS LAST, discourse_mediation_cases.id DESC",
        ),
      )
      .limit(DiscourseMediation::Rules::Case::QueueFilter::PAGE_SIZE + 1)
      .pluck(:id)
  end
end
