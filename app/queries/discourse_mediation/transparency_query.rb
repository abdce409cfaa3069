# frozen_string_literal: true

module DiscourseMediation
  # Reads what Rules::Record::Transparency aggregates for the window that
  # began twelve months ago (twenty-four for quarters): the requests made
  # since then, and what happened to the cases opened since then, each in the
  # period it happened in (a first response in the period its case opened).
  # The first period, which began before the window, is only partly counted.
  #
  # However many cases the forum has, each later period is one row of
  # TransparencyFigure, and the first period's requests, places and first
  # responses are the rows of TransparencyDay for the days after the window's
  # first day; a scheduled job keeps both counted (TransparencyRollup). Each
  # period's row keeps its resolutions and escalations, and its decisions
  # with their days to decision, by the day their case opened, so that only
  # those of the cases opened since the window began are counted and the
  # medians are taken over their values together. Read live is only what
  # those rows cannot say: the requests and cases of the window's first day
  # since it began, and what has happened to those cases since.
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
        summaries[figure.period] = add(summaries[figure.period], counted_in_row(figure))
      end
      happened_since_window.each { |key, counted| summaries[key] = add(summaries[key], counted) }
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

    # The later periods' rows: all their cases opened since the window
    # began, in or after the first whole period.
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

    def counted_in_row(figure)
      {
        requests: figure.requests,
        opened_by_place: figure.opened_by_place,
        response_count: figure.response_count,
        median_response_hours: figure.median_response_hours,
      }
    end

    # The first period's requests since the window began, and the places and
    # first responses of its cases opened since then: the days after the
    # window's first day as counted, its first day live.
    def first_period
      days = TransparencyDay.where(day: next_day.to_date...@whole.to_date)
      first_day = MediationCase.where(created_at: @since...next_day)
      opened_by_place = first_day.group(:conduct_place).count
      days
        .joins("CROSS JOIN jsonb_each_text(opened_by_place) AS places(place, count)")
        .group("places.place")
        .sum("places.count::int")
        .each { |place, count| opened_by_place[place] = opened_by_place.fetch(place, 0) + count }
      responses = first_day.where.not(first_response_at: nil)
      hours = [
        days.select("unnest(response_hours) AS hours"),
        responses.select(Arel.sql("#{HOURS} AS hours")),
      ].map(&:to_sql).join(" UNION ALL ")
      requests, responded =
        days.pick(Arel.sql("SUM(requests), SUM(cardinality(response_hours))")).map(&:to_i)
      response_count = responded + responses.count
      {
        key(@since) => {
          requests: requests + HelpRequest.where(created_at: @since...next_day).count,
          opened_by_place:,
          response_count:,
          median_response_hours: median_of(hours, response_count),
        },
      }
    end

    # The median of the `count` values `hours` selects, sorted in SQL so
    # that only the middle one or two are read: the median of the same
    # floats the rules would take (Rules::Record::Transparency.median).
    # percentile_disc(f) is the value at place ceil(f * count), so the places
    # wanted are asked for half a place early.
    def median_of(hours, count)
      return nil if count.zero?
      places = [(count + 1) / 2, (count / 2) + 1].map { (_1 - 0.5) / count }
      middles =
        ActiveRecord::Base.connection.select_all(
          ActiveRecord::Base.sanitize_sql_array([<<~SQL, *places]),
              SELECT percentile_disc(ARRAY[?, ?]::float8[]) WITHIN GROUP (ORDER BY hours)
              FROM (#{hours}) hours
            SQL
        )
      Rules::Record::Transparency.median(middles.cast_values.first)
    end

    # Per period, the resolutions and escalations of the cases opened since
    # the window began: those of the cases opened after its first day as the
    # rows keep them, those of its first day since it began live.
    def happened_since_window
      counted = Hash.new { |hash, key| hash[key] = { resolved: 0, escalated: 0 } }
      first_uncounted = self.class.day_key(next_day)
      window_figures.each do |figure|
        %i[resolved escalated].each do |figure_name|
          figure
            .public_send(:"#{figure_name}_by_opening")
            .each do |opened, count|
              counted[figure.period][figure_name] += count if opened >= first_uncounted
            end
        end
      end
      first_day = MediationCase.where(created_at: @since...next_day)
      first_day
        .where(state: "resolved")
        .where.not(ended_at: nil)
        .pluck(:ended_at)
        .each { |at| counted[key(at)][:resolved] += 1 }
      # Their escalations came after they opened: each case's events since
      # the window began are read through its own index entries, a day's
      # cases being far fewer than the escalations since.
      first_day
        .joins(ActiveRecord::Base.sanitize_sql_array([<<~SQL, @since]))
          CROSS JOIN LATERAL (
            SELECT MIN(e.created_at) AS at FROM #{CaseEvent.table_name} e
            WHERE e.case_id = #{MediationCase.table_name}.id AND e.action = 'escalate'
              AND e.created_at >= ?
          ) escalated
        SQL
        .where.not(escalated: { at: nil })
        .pluck("escalated.at")
        .each { |at| counted[key(at)][:escalated] += 1 }
      counted
    end

    # The day after the one the window began on.
    def next_day
      @since.utc.beginning_of_day + 1.day
    end

    # Per period, the outcomes and days to decision of the cases opened since
    # the window began and decided since, each at its first close_ballot
    # event. The rows keep them by the day their case opened: those of the
    # cases opened after the window's first day are theirs, those of its
    # first day since the window began are read live. A case is decided
    # once: an appeal's ballot closes without one (AppealOutcome). Should a
    # case have two, the first in time is taken.
    def decisions
      first_uncounted = self.class.day_key(next_day)
      decided = Hash.new { |hash, key| hash[key] = { outcomes: Hash.new(0), days: [] } }
      window_figures.each do |figure|
        figure.decisions_by_opening.each do |opened, made|
          next if opened < first_uncounted
          made["outcomes"].each do |outcome, count|
            decided[figure.period][:outcomes][outcome] += count
          end
          decided[figure.period][:days].concat(made["days"])
        end
      end
      decided_on_first_day.each do |at, outcome, days|
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
    # the next day, by the period they were made in and their outcome.
    def decided_on_first_day
      ActiveRecord::Base
        .connection
        .select_all(
          ActiveRecord::Base.sanitize_sql_array(
            [<<~SQL, { since: @since, next_day:, period: period.to_s }],
              SELECT date_trunc(:period, decided_at), outcome, array_agg(#{DAYS})
              FROM (
                SELECT closed.at AS decided_at, c.created_at AS opened_at, b.outcome
                FROM #{MediationCase.table_name} c
                -- OFFSET 0 keeps each case's ballot a lookup by case rather
                -- than a join of every decision ballot.
                CROSS JOIN LATERAL (
                  SELECT outcome FROM #{Ballot.table_name}
                  WHERE case_id = c.id AND kind = 'decision' AND outcome IS NOT NULL
                  OFFSET 0
                ) b
                CROSS JOIN LATERAL (
                  SELECT MIN(e.created_at) AS at FROM #{CaseEvent.table_name} e
                  WHERE e.case_id = c.id AND e.action = 'close_ballot' AND e.created_at >= :since
                ) closed
                WHERE c.created_at >= :since AND c.created_at < :next_day AND closed.at IS NOT NULL
              ) decided
              GROUP BY 1, 2
            SQL
          ),
        )
        .cast_values
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
