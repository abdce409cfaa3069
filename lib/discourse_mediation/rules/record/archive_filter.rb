# frozen_string_literal: true

require "date"

module DiscourseMediation
  module Rules
    module Record
      # The moderators' archive filters, read from a query string. Anything that
      # does not parse is ignored rather than refused, so a shared link keeps working.
      module ArchiveFilter
        STATES = %w[resolved withdrawn closed archived].freeze
        QUERY_MAX_LENGTH = 100

        Filter = Struct.new(:outcome, :states, :from, :to, :query, keyword_init: true)

        module_function

        def parse(params, outcome_keys:)
          outcome = params[:outcome].to_s
          state = params[:state].to_s
          from = date(params[:from])
          to = date(params[:to])
          from, to = to, from if from && to && from > to
          query = params[:q].to_s.strip[0, QUERY_MAX_LENGTH]
          Filter.new(
            outcome: outcome_keys.include?(outcome) ? outcome : nil,
            states: STATES.include?(state) ? [state] : STATES,
            from:,
            to:,
            query: query.empty? ? nil : query,
          )
        end

        # Date::Error for what is not a date; ArgumentError for a string over
        # Ruby's 128-character limit for date parsing.
        def date(value)
          Date.iso8601(value.to_s)
        rescue ArgumentError
          nil
        end
      end
    end
  end
end
