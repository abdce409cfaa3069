# frozen_string_literal: true

module DiscourseMediation
  module Rules
    module Record
      # The aggregate figures moderators publish: per month or quarter, how many
      # asked for help, how many cases mediation resolved, how many were escalated,
      # each outcome, and the median times to a first response and to a decision.
      # No names, and no cell small enough to single a person out.
      module Transparency
        SMALL = 3 # counts from 1 to SMALL - 1 are shown as "fewer than 3"
        FEWER = "fewer_than_3"
        PERIODS = %i[month quarter].freeze

        Case =
          Struct.new(
            :opened_at,
            :first_response_at,
            :resolved_at,
            :escalated_at,
            :decided_at,
            :outcome,
            keyword_init: true,
          )

        module_function

        def period_key(time, period)
          if period.to_sym == :quarter
            "#{time.year}-Q#{((time.month - 1) / 3) + 1}"
          else
            format("%04d-%02d", time.year, time.month)
          end
        end

        # `requests`: the times help was asked; `cases`: Case structs. Each event
        # counts in the period it happened in.
        def aggregate(requests:, cases:, period:, outcome_keys:)
          rows = Hash.new { |hash, key| hash[key] = empty_row(key, outcome_keys) }

          requests.each { |time| rows[period_key(time, period)][:requests] += 1 }
          cases.each do |c|
            rows[period_key(c.resolved_at, period)][:resolved] += 1 if c.resolved_at
            rows[period_key(c.escalated_at, period)][:escalated] += 1 if c.escalated_at
            if c.decided_at && c.outcome
              row = rows[period_key(c.decided_at, period)]
              row[:outcomes][c.outcome] = row[:outcomes].fetch(c.outcome, 0) + 1
              row[:decision_days] << (c.decided_at - c.opened_at) / 86_400.0
            end
            if c.first_response_at
              rows[period_key(c.opened_at, period)][:response_hours] << (
                c.first_response_at - c.opened_at
              ) / 3600.0
            end
          end

          rows.keys.sort.map { |key| publishable(rows[key]) }
        end

        def empty_row(key, outcome_keys)
          {
            period: key,
            requests: 0,
            resolved: 0,
            escalated: 0,
            outcomes: outcome_keys.to_h { [_1, 0] },
            response_hours: [],
            decision_days: [],
          }
        end

        # Small counts hidden; medians only over enough cases not to describe one.
        def publishable(row)
          {
            period: row[:period],
            requests: count(row[:requests]),
            resolved: count(row[:resolved]),
            escalated: count(row[:escalated]),
            outcomes: row[:outcomes].transform_values { count(_1) },
            median_first_response_hours: safe_median(row[:response_hours]),
            median_days_to_decision: safe_median(row[:decision_days]),
          }
        end

        def count(value)
          value.positive? && value < SMALL ? FEWER : value
        end

        def safe_median(values)
          return nil if values.size < SMALL
          sorted = values.sort
          middle = sorted.size / 2
          median = sorted.size.odd? ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2.0
          median.round(1)
        end
      end
    end
  end
end
