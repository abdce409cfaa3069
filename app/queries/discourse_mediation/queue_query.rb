# frozen_string_literal: true

module DiscourseMediation
  # One page of one tab of the mediators' queue, in a fixed number of queries
  # however many rows it holds: the request counts and kinds come from
  # subqueries, and topics, posts and mediators are preloaded.
  class QueueQuery
    CASES = MediationCase.table_name
    REQUESTS = HelpRequest.table_name

    attr_reader :filter_name, :page

    def initialize(user:, filter:, page:)
      @user = user
      @filter_name = Rules::QueueFilter.named(filter)
      @filter = Rules::QueueFilter.fetch(@filter_name)
      @page = Rules::QueueFilter.page(page)
    end

    def cases
      @cases ||= scope.offset(Rules::QueueFilter.offset(page)).limit(Rules::QueueFilter::PAGE_SIZE + 1).to_a
    end

    def page_cases
      cases.first(Rules::QueueFilter::PAGE_SIZE)
    end

    def more?
      cases.size > Rules::QueueFilter::PAGE_SIZE
    end

    # How many cases each tab holds, for the tab labels: three queries.
    def counts
      by_state = MediationCase.group(:state).count
      sum = ->(states) { states.sum { |state| by_state[state.to_s].to_i } }
      {
        unassigned: MediationCase.in_states(%i[requested]).where(mediator_id: nil).count,
        mine: MediationCase.ongoing.where(mediator_id: @user.id).count,
        open: sum.(Rules::Lifecycle::OPEN_STATES),
        escalated: sum.(Rules::Lifecycle::ESCALATED_STATES),
        decided: sum.(%i[decided]),
        closed: sum.(Rules::Lifecycle::ENDED_STATES),
      }
    end

    private

    def scope
      relation =
        MediationCase
          .in_states(@filter.states)
          .select(
            "#{CASES}.*",
            "(SELECT COUNT(*) FROM #{REQUESTS} r WHERE r.case_id = #{CASES}.id AND r.withdrawn_at IS NULL) AS requests_count",
            "ARRAY(SELECT DISTINCT r.kind FROM #{REQUESTS} r WHERE r.case_id = #{CASES}.id AND r.withdrawn_at IS NULL ORDER BY r.kind) AS request_kinds",
          )
          .includes(:topic, :mediator, :post)

      relation =
        case @filter.assignee
        when :nobody
          relation.where(mediator_id: nil)
        when :me
          relation.where(mediator_id: @user.id)
        else
          relation
        end

      if @filter.newest_first
        relation.order(Arel.sql("#{CASES}.ended_at DESC NULLS LAST, #{CASES}.id DESC"))
      else
        # Urgent cases first, then the longest waiting.
        relation.order(urgent: :desc, created_at: :asc, id: :asc)
      end
    end
  end
end
