# frozen_string_literal: true

module DiscourseMediation
  # Counts the transparency figures of each month and quarter into
  # TransparencyFigure, so that a report reads one row per period however many
  # cases the forum has. Each period is counted from what happened in it, by
  # the same rules as before (Rules::Record::Transparency.tally). Its
  # resolutions and escalations are also kept by the day their case opened,
  # and its decisions by the day theirs opened, with their days to decision,
  # for a report to leave out the cases opened before its window and take its
  # medians. Each day's requests and the cases opened on it are counted into
  # TransparencyDay, from which a report counts its first, partial period
  # (TransparencyQuery).
  #
  # A period's or a day's figures change only while things happen in it,
  # with one exception: a first response counts in the period and on the day
  # its case opened. So a refresh counts again the periods and days from the
  # last refresh on, and those in which a case that has had its first
  # response since was opened. The first refresh, and any after the table
  # was emptied, counts everything.
  module TransparencyRollup
    CASES = MediationCase.table_name
    # A transaction that wrote before a refresh began and committed after it
    # is read by the next one.
    OVERLAP = 15.minutes

    module_function

    def refresh!(now: Time.zone.now)
      last = TransparencyFigure.maximum(:refreshed_at)
      moments = last ? changed_since(last - OVERLAP, now) : everything(now)
      moments
        .map { Rules::Record::Transparency.period_start(_1, :month) }
        .uniq
        .group_by { Rules::Record::Transparency.period_start(_1, :quarter) }
        .each { |quarter, months| count_quarter!(quarter, months, now) }
      TransparencyDays.count!(moments.map { _1.utc.beginning_of_day }.uniq.sort, now)
    end

    # Counts again the quarter and those of its months given, reading the
    # quarter's cases once for both.
    def count_quarter!(quarter, months, now)
      range = quarter...Rules::Record::Transparency.next_period_start(quarter, :quarter)
      responded = responses(range)
      counts = monthly_counts(range)
      decided = decisions_by_opening(range)
      months.each do |month|
        write!(
          :month,
          month,
          responses_in(responded, :month, month).merge(
            added_up(counts.slice(month)),
            decisions_by_opening: decided_in(decided.slice(month)),
          ),
          now,
        )
      end
      write!(
        :quarter,
        quarter,
        responses_in(responded, :quarter, quarter).merge(
          added_up(counts),
          decisions_by_opening: decided_in(decided),
        ),
        now,
      )
    end

    # The period's first-response median, with the number of cases it was
    # taken over (Rules::Record::Transparency.summary).
    def responses_in(responded, period, start)
      figures = Rules::Record::Transparency
      row =
        figures.tally(requests: [], cases: responded, period:)[figures.period_key(start, period)]
      figures.summary(row).slice(:response_count, :median_response_hours)
    end

    # Requests of each month of `range`, the cases opened in it by where the
    # conduct happened, and its resolutions and escalations by the day their
    # case opened, counted in SQL. A case escalates once, so a quarter's
    # escalations are its months'.
    def monthly_counts(range)
      month = ->(column) { Arel.sql("date_trunc('month', #{column})") }
      day = ->(column) { Arel.sql("date_trunc('day', #{column})") }
      start = ->(at) { Rules::Record::Transparency.period_start(at, :month) }
      events = CaseEvent.table_name
      counts =
        Hash.new do |hash, at|
          hash[at] = { requests: 0, resolved: {}, escalated: {}, opened_by_place: {} }
        end
      HelpRequest
        .where(created_at: range)
        .group(month.("created_at"))
        .count
        .each { |at, count| counts[start.(at)][:requests] = count }
      MediationCase
        .where(created_at: range)
        .group(month.("created_at"), :conduct_place)
        .count
        .each { |(at, place), count| counts[start.(at)][:opened_by_place][place] = count }
      {
        resolved:
          MediationCase
            .where(state: "resolved", ended_at: range)
            .group(month.("ended_at"), day.("created_at"))
            .count,
        escalated:
          CaseEvent
            .where(action: "escalate", created_at: range)
            .joins("JOIN #{CASES} c ON c.id = #{events}.case_id")
            .group(month.("#{events}.created_at"), day.("c.created_at"))
            .distinct
            .count(:case_id),
      }.each do |figure, by_month|
        by_month.each do |(at, opened), count|
          counts[start.(at)][figure][TransparencyQuery.day_key(opened)] = count
        end
      end
      counts
    end

    # What the months' counts add up to for the period: its resolutions and
    # escalations are also kept by the day their case opened, for
    # TransparencyQuery to leave out those of the cases opened before its
    # window.
    def added_up(counts)
      row = {
        requests: counts.values.sum { _1[:requests] },
        opened_by_place:
          counts
            .values
            .map { _1[:opened_by_place] }
            .reduce({}) { |sum, month| sum.merge(month) { |_, a, b| a + b } },
      }
      %i[resolved escalated].each do |figure|
        by_opening =
          counts
            .values
            .map { _1[figure] }
            .reduce({}) { |sum, month| sum.merge(month) { |_, a, b| a + b } }
        row[figure] = by_opening.values.sum
        row[:"#{figure}_by_opening"] = by_opening
      end
      row
    end

    # The decisions made in each month of `range`, by the day their case
    # opened: each case decided at its first close_ballot event, with its
    # outcome and its days to decision, computed as TransparencyQuery does.
    def decisions_by_opening(range)
      rows =
        ActiveRecord::Base.connection.select_all(
          ActiveRecord::Base.sanitize_sql_array([<<~SQL, { from: range.begin, to: range.end }]),
            SELECT date_trunc('month', decided_at), opened_at, outcome, #{TransparencyQuery::DAYS}
            FROM (
              SELECT DISTINCT ON (e.case_id) e.created_at AS decided_at, c.created_at AS opened_at, b.outcome
              FROM #{CaseEvent.table_name} e
              JOIN #{CASES} c ON c.id = e.case_id
              JOIN #{Ballot.table_name} b
                ON b.case_id = e.case_id AND b.kind = 'decision' AND b.outcome IS NOT NULL
              WHERE e.action = 'close_ballot' AND e.created_at >= :from AND e.created_at < :to
                AND NOT EXISTS (
                  SELECT 1 FROM #{CaseEvent.table_name} earlier
                  WHERE earlier.case_id = e.case_id AND earlier.action = 'close_ballot'
                    AND earlier.created_at < e.created_at
                )
              ORDER BY e.case_id, e.created_at
            ) decided
          SQL
        )
      rows
        .cast_values
        .each_with_object(
          Hash.new { |hash, at| hash[at] = [] },
        ) do |(at, opened, outcome, days), by_month|
          by_month[Rules::Record::Transparency.period_start(at, :month)] << [
            TransparencyQuery.day_key(opened),
            outcome,
            days,
          ]
        end
    end

    # What the months' decisions add up to, by the day their case opened.
    def decided_in(decided)
      decided
        .values
        .flatten(1)
        .group_by(&:first)
        .transform_values do |made|
          _, outcomes, days = made.transpose
          { outcomes: outcomes.tally, days: days.sort }
        end
    end

    # Keeps a period's figures, or forgets the period if nothing happened in it.
    def write!(period, start, summary, now)
      if summary.values_at(:requests, :resolved, :escalated, :response_count).sum.zero? &&
           summary[:decisions_by_opening].empty?
        TransparencyFigure.of_kind(period).where(starts_at: start).delete_all
      else
        TransparencyFigure.upsert(
          {
            period_kind: period.to_s,
            period: Rules::Record::Transparency.period_key(start, period),
            starts_at: start,
            refreshed_at: now,
            **summary,
          },
          unique_by: %i[period_kind starts_at],
        )
      end
    end

    # The cases opened within `range` that have had a first response, for
    # the first-response medians (a first response counts in the period its
    # case opened).
    def responses(range)
      MediationCase
        .where(created_at: range)
        .where.not(first_response_at: nil)
        .pluck(:created_at, :first_response_at)
        .map do |opened_at, first_response_at|
          Rules::Record::Transparency::Case.new(opened_at:, first_response_at:)
        end
    end

    # The first moment of every day on which figures may have changed since
    # `since`: the days since then, and those on which the cases first
    # answered since then opened.
    def changed_since(since, now)
      [
        *days_between(since, now),
        *MediationCase
          .where("first_response_at >= ?", since)
          .distinct
          .pluck(Arel.sql("date_trunc('day', #{CASES}.created_at)")),
      ]
    end

    def everything(now)
      first = [HelpRequest.minimum(:created_at), MediationCase.minimum(:created_at)].compact.min
      first ? days_between(first, now) : []
    end

    def days_between(from, to)
      day = from.utc.beginning_of_day
      days = []
      while day <= to
        days << day
        day += 1.day
      end
      days
    end
  end
end
