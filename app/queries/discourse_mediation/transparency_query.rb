# frozen_string_literal: true

module DiscourseMediation
  # Reads what Rules::Record::Transparency aggregates for the window that
  # began twelve months ago (twenty-four for quarters): the requests made
  # since then, and what happened to the cases opened since then, each in the
  # period it happened in (a first response in the period its case opened).
  # The first period, which began before the window, is only partly counted.
  #
  # However many cases the forum has, each later period is one row of
  # TransparencyFigure, which a scheduled job keeps counted
  # (TransparencyRollup), less the resolutions and escalations of the cases
  # opened before it and before the window's first whole period. Read live is
  # only what those rows cannot say: the first period's requests and cases
  # since the window began (a period's worth at most), and the decisions
  # since then, which are few and whose medians cannot be taken apart.
  class TransparencyQuery
    MONTHS = 12
    COUNTS = %i[requests resolved escalated].freeze
    DAYS = "EXTRACT(EPOCH FROM decided_at - opened_at)::float8 / 86400"
    HOURS = "EXTRACT(EPOCH FROM first_response_at - created_at)::float8 / 3600"

    def initialize(period:, now: Time.zone.now)
      @period =
        (
          if Rules::Record::Transparency::PERIODS.include?(period.to_s.to_sym)
            period.to_s.to_sym
          else
            :month
          end
        )
      @since = Rules::Record::Forgiveness.months_ago(now, @period == :quarter ? MONTHS * 2 : MONTHS)
      @whole =
        Rules::Record::Transparency.next_period_start(
          Rules::Record::Transparency.period_start(@since, @period),
          @period,
        )
    end

    attr_reader :period

    # Nothing before the first count, as the page says (counted_at).
    def rows
      return [] if !TransparencyFigure.exists?
      outcome_keys = LadderStep.in_order.pluck(:key)
      figures = Rules::Record::Transparency
      summaries = decisions.transform_values { add(nil, _1) }
      first_period.each { |key, counted| summaries[key] = add(summaries[key], counted) }
      counted_periods.each do |figure|
        summaries[figure.period] = add(summaries[figure.period], counted_since_window(figure))
      end
      summaries
        .select { |_, summary| happened?(summary) }
        .sort
        .map { |key, summary| figures.publishable(key, summary, outcome_keys) }
    end

    # When the figures were last counted; nil before the first count.
    def counted_at
      TransparencyFigure.maximum(:refreshed_at)
    end

    def outcome_titles
      LadderStep.in_order.pluck(:key, :title).to_h
    end

    private

    # The later periods' rows, each with only what concerns the cases opened
    # since the window began: all of them opened in or after the first whole
    # period, so its first responses are the row's own.
    def counted_periods
      TransparencyFigure.of_kind(period).where("starts_at >= ?", @whole).order(:starts_at)
    end

    def counted_since_window(figure)
      first_month = Rules::Record::Transparency.period_key(@whole, :month)
      before_window = ->(by_month) do
        by_month.sum { |opened, count| opened < first_month ? count : 0 }
      end
      {
        requests: figure.requests,
        opened_by_place: figure.opened_by_place,
        resolved: figure.resolved - before_window.(figure.earlier_resolved),
        escalated: figure.escalated - before_window.(figure.earlier_escalated),
        response_count: figure.response_count,
        median_response_hours: figure.median_response_hours,
      }
    end

    # The first period, live: its requests since the window began, and the
    # cases opened in it since then, whose resolutions and escalations may
    # fall in later periods.
    def first_period
      cases = MediationCase.where(created_at: @since...@whole)
      first = Rules::Record::Transparency.period_key(@since, period)
      responded, *middles = cases.where.not(first_response_at: nil).pick(Arel.sql(middle(HOURS)))
      counted = Hash.new { |hash, key| hash[key] = { requests: 0, resolved: 0, escalated: 0 } }
      counted[first].merge!(
        requests: HelpRequest.where(created_at: @since...@whole).count,
        opened_by_place: cases.group(:conduct_place).count,
        response_count: responded,
        median_response_hours: Rules::Record::Transparency.median(middles.compact),
      )
      cases
        .where(state: "resolved")
        .where.not(ended_at: nil)
        .group(Arel.sql("date_trunc('#{period}', ended_at)"))
        .count
        .each { |at, count| counted[key(at)][:resolved] += count }
      CaseEvent
        .where(action: "escalate", case_id: cases.select(:id))
        .group(:case_id)
        .minimum(:created_at)
        .each_value { |at| counted[key(at)][:escalated] += 1 }
      counted
    end

    # Per period, the outcomes and days to decision of the cases opened since
    # the window began and decided since, each at its close_ballot event,
    # read from those events and each case and ballot by its key. A case is
    # decided once: an appeal's ballot closes without one (AppealOutcome).
    # Should a case have two, the old query took whichever the database
    # returned first, in no set order; the first in time is taken here.
    def decisions
      rows =
        ActiveRecord::Base.connection.select_all(
          ActiveRecord::Base.sanitize_sql_array([<<~SQL, { since: @since, period: period.to_s }]),
            WITH decided AS MATERIALIZED (
              SELECT date_trunc(:period, e.decided_at) AS starts_at, e.decided_at,
                     (SELECT created_at FROM #{MediationCase.table_name} WHERE id = e.case_id) AS opened_at,
                     (SELECT outcome FROM #{Ballot.table_name} WHERE case_id = e.case_id AND kind = 'decision') AS outcome
              FROM (
                SELECT case_id, MIN(created_at) AS decided_at
                FROM #{CaseEvent.table_name}
                WHERE action = 'close_ballot' AND created_at >= :since
                GROUP BY case_id
              ) e
            )
            SELECT starts_at, outcome, #{middle(DAYS)}
            FROM decided
            WHERE opened_at >= :since AND outcome IS NOT NULL
            GROUP BY GROUPING SETS ((starts_at, outcome), (starts_at))
          SQL
        )
      rows
        .cast_values
        .each_with_object({}) do |(at, outcome, count, *middles), decided|
          row = decided[key(at)] ||= { outcomes: {} }
          if outcome
            row[:outcomes][outcome] = count
          else
            row.merge!(
              decision_count: count,
              median_decision_days: Rules::Record::Transparency.median(middles),
            )
          end
        end
    end

    # The count of `values`, and the middle one or two once sorted: their
    # median (Rules::Record::Transparency.median) is the median of all. The
    # values are the floats the rules compute from the times: an interval's
    # seconds are exact, rounded once to a float, then divided.
    def middle(values)
      sorted = "(array_agg(#{values} ORDER BY #{values}))"
      "COUNT(*), #{sorted}[(COUNT(*) + 1) / 2], #{sorted}[COUNT(*) / 2 + 1]"
    end

    def key(at)
      Rules::Record::Transparency.period_key(at, period)
    end

    def add(summary, counted)
      summary ||= Rules::Record::Transparency.summary(Rules::Record::Transparency.empty_row)
      summary.merge(counted) { |figure, a, b| COUNTS.include?(figure) ? a + b : b }
    end

    def happened?(summary)
      summary.values_at(*COUNTS, :response_count, :decision_count).sum.positive?
    end
  end
end
