# frozen_string_literal: true

module DiscourseMediation
  module Rules
    module Case
      # The tabs of the mediators' queue and which cases each one holds.
      module QueueFilter
        Filter = Struct.new(:states, :assignee, :newest_first, :overdue, keyword_init: true)

        FILTERS = {
          unassigned: Filter.new(states: %i[requested], assignee: :nobody, newest_first: false),
          mine: Filter.new(states: Lifecycle::OPEN_STATES, assignee: :me, newest_first: false),
          open: Filter.new(states: Lifecycle::OPEN_STATES, assignee: :anyone, newest_first: false),
          escalated:
            Filter.new(states: Lifecycle::ESCALATED_STATES, assignee: :anyone, newest_first: false),
          # Decided by the ballot, waiting for a moderator to carry it out.
          decided: Filter.new(states: %i[decided], assignee: :anyone, newest_first: false),
          # Past the target date of their stage (StageTargets), or unclaimed past the first-response time.
          overdue:
            Filter.new(
              states: Lifecycle::OPEN_STATES,
              assignee: :anyone,
              newest_first: false,
              overdue: true,
            ),
          closed:
            Filter.new(states: Lifecycle::ENDED_STATES, assignee: :anyone, newest_first: true),
        }.freeze

        NAMES = FILTERS.keys.freeze
        DEFAULT = :unassigned
        PAGE_SIZE = 30
        MAX_PAGE = 1_000

        module_function

        # An unknown tab name falls back to the default rather than failing.
        def named(name)
          key = name.to_s.to_sym
          FILTERS.key?(key) ? key : DEFAULT
        end

        def fetch(name)
          FILTERS.fetch(named(name))
        end

        # A page number from a query string: 0 for anything that is not a sane number.
        def page(value)
          number = Integer(value.to_s, exception: false) || 0
          number.clamp(0, MAX_PAGE)
        end

        def offset(page)
          page * PAGE_SIZE
        end
      end
    end
  end
end
