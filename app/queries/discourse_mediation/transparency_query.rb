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
  # opened before it and before the window's first whole period. Each row
  # also keeps its decisions by the day their case opened, with their days to
  # decision, so that the medians are taken over the days the rows keep for
  # the cases opened after the window's first day. Read live is only what
  # those rows cannot say: the first period's requests and cases since the
  # window began (a period's worth at most), and the decisions of the cases
  # opened on its first day since then.
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

    # How TransparencyFigure#decisions_by_opening names the day a case opened.
    def self.day_key(time)
      time.utc.strftime("%Y-%m-%d")
    end

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
      window_figures.select { _1.starts_at >= @whole }
    end

    # The rows of the window's periods, the first one included.
    def window_figures
      @window_figures ||=
        TransparencyFigure
          .of_kind(period)
          .where("starts_at >= ?", Rules::Record::Transparency.period_start(@since, period))
          .order(:starts_at)
          .to_a
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
      # Their escalations came after they opened: only the events since the
      # window began are read.
      CaseEvent
        .where(action: "escalate", case_id: cases.select(:id))
        .where("created_at >= ?", @since)
        .group(:case_id)
        .minimum(:created_at)
        .each_value { |at| counted[key(at)][:escalated] += 1 }
      counted
    end

    # Per period, the outcomes and days to decision of the cases opened since
    # the window began and decided since, each at its first close_ballot
    # event. The rows keep them by the day their case opened: those of the
    # cases opened after the window's first day are theirs, those of its
    # first day since the window began are read live. A case is decided
    # once: an appeal's ballot closes without one (AppealOutcome). Should a
    # case have two, the first in time is taken.
    def decisions
      next_day = @since.utc.beginning_of_day + 1.day
      decided = Hash.new { |hash, key| hash[key] = { outcomes: Hash.new(0), days: [] } }
      window_figures.each do |figure|
        figure.decisions_by_opening.each do |opened, made|
          next if opened < self.class.day_key(next_day)
          made["outcomes"].each do |outcome, count|
            decided[figure.period][:outcomes][outcome] += count
          end
          decided[figure.period][:days].concat(made["days"])
        end
      end
      decided_on_first_day(next_day).each do |at, outcome, days|
        decided[key(at)][:outcomes][outcome] += days.size
        decided[key(at)][:days].concat(days)
      end
      decided.transform_values do |row|
        {
          outcomes: row[:outcomes].to_h,
          decision_count: row[:days].size,
          median_decision_days: Rules::Record::Transparency.median(row[:days]),
        }
      end
    end

    # The decisions of the cases opened since the window began and before
    # `next_day`, by the period they were made in and their outcome.
    def decided_on_first_day(next_day)
      ActiveRecord::Base
        .connection
        .select_all(
          ActiveRecord::Base.sanitize_sql_array(
            [<<~SQL, { since: @since, next_day:, period: period.to_s }],
              SELECT date_trunc(:period, decided_at), outcome, array_agg(#{DAYS})
              FROM (
                SELECT MIN(e.created_at) AS decided_at, c.created_at AS opened_at, b.outcome
                FROM #{MediationCase.table_name} c
                JOIN #{Ballot.table_name} b
                  ON b.case_id = c.id AND b.kind = 'decision' AND b.outcome IS NOT NULL
                JOIN #{CaseEvent.table_name} e
                  ON e.case_id = c.id AND e.action = 'close_ballot' AND e.created_at >= :since
                WHERE c.created_at >= :since AND c.created_at < :next_day
                GROUP BY c.id, b.outcome
              ) decided
              GROUP BY 1, 2
            SQL
          ),
        )
        .cast_values
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
