# frozen_string_literal: true

module DiscourseMediation
  # One page of one tab of the mediators' queue, in a fixed number of queries
  # however many rows it holds: the request counts and kinds come from
  # subqueries, and topics, posts and mediators are preloaded.
  class QueueQuery
    CASES = MediationCase.table_name
    REQUESTS = HelpRequest.table_name
    # The Closed tab counts up to this many, then says "more" (counts_capped).
    CLOSED_COUNT_CAP = 1000
    NEWEST_ENDED_FIRST = Arel.sql("#{CASES}.ended_at DESC NULLS LAST, #{CASES}.id DESC")

    attr_reader :filter_name, :page

    def initialize(user:, filter:, page:)
      @user = user
      @filter_name = Rules::Case::QueueFilter.named(filter)
      @filter = Rules::Case::QueueFilter.fetch(@filter_name)
      @page = Rules::Case::QueueFilter.page(page)
    end

    def cases
      @cases ||=
        scope
          .offset(Rules::Case::QueueFilter.offset(page))
          .limit(Rules::Case::QueueFilter::PAGE_SIZE + 1)
          .to_a
    end

    def page_cases
      cases.first(Rules::Case::QueueFilter::PAGE_SIZE)
    end

    def more?
      cases.size > Rules::Case::QueueFilter::PAGE_SIZE
    end

    # How many cases each tab holds, for the tab labels: five queries, each
    # reading only the cases it counts. Open cases are counted exactly; ended
    # ones, which grow with the forum, up to CLOSED_COUNT_CAP.
    def counts
      by_state = visible_cases.ongoing.group(:state).count
      sum = ->(states) { states.sum { |state| by_state[state.to_s].to_i } }
      {
        unassigned: visible_cases.in_states(%i[requested]).where(mediator_id: nil).count,
        mine: visible_cases.ongoing.where(mediator_id: @user.id).count,
        open: sum.(Rules::Case::Lifecycle::OPEN_STATES),
        escalated: sum.(Rules::Case::Lifecycle::ESCALATED_STATES),
        decided: sum.(%i[decided]),
        overdue: visible_cases.ongoing.overdue.count,
        closed: [closed_count, CLOSED_COUNT_CAP].min,
      }
    end

    # The tabs whose count is a floor ("1,000+"), not the whole number.
    def counts_capped
      closed_count > CLOSED_COUNT_CAP ? [:closed] : []
    end

    private

    # A mediator never sees, in the queue, a case they are part of: as its
    # subject, someone involved or someone who asked for help.
    def visible_cases
      MediationCase
        .where.not(id: CasePerson.where(user_id: @user.id).select(:case_id))
        .where.not(id: HelpRequest.where(user_id: @user.id).select(:case_id))
    end

    # Counted in the tab's own order, so that the count reads the newest
    # ended cases from their index and stops at the cap.
    def closed_count
      @closed_count ||=
        remembered(visible_cases.in_states(Rules::Case::Lifecycle::ENDED_STATES))
          .order(NEWEST_ENDED_FIRST)
          .limit(CLOSED_COUNT_CAP + 1)
          .count
    end

    # The Closed tab keeps ended cases only while they are remembered: within
    # the forgiveness period after they ended, or, with a sanction, while the
    # archive still names the person concerned. Older ones are in the staff
    # archive, unnamed. Both conditions are on the case's own row, so that
    # the tab reads its cases in order from an index and stops at the page.
    def remembered(relation)
      forgiven =
        Rules::Record::Forgiveness.cutoff(
          now: Time.zone.now,
          months: SiteSetting.mediation_forgiveness_months,
        )
      recent = MediationCase.sanitize_sql_array(["#{CASES}.ended_at > ?", forgiven])
      relation.where("#{recent} OR #{MediationCase.naming_subject_sql}")
    end

    def scope
      relation =
        visible_cases
          .in_states(@filter.states)
          .select(
            "#{CASES}.*",
            "(SELECT COUNT(*) FROM #{REQUESTS} r WHERE r.case_id = #{CASES}.id AND r.withdrawn_at IS NULL) AS requests_count",
            "ARRAY(SELECT DISTINCT r.kind FROM #{REQUESTS} r WHERE r.case_id = #{CASES}.id AND r.withdrawn_at IS NULL ORDER BY r.kind) AS request_kinds",
          )
          .includes(:topic, :mediator, :post)

      relation = relation.overdue if @filter.overdue
      relation = remembered(relation) if @filter_name == :closed
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
        relation.order(NEWEST_ENDED_FIRST)
      else
        # Urgent cases first, then the longest waiting.
        relation.order(urgent: :desc, created_at: :asc, id: :asc)
      end
    end
  end
end
