# frozen_string_literal: true

module DiscourseMediation
  # One page of the moderators' archive: ended cases, filtered by outcome,
  # state, closing date and a search of the topic title or the subject's
  # username. A fixed number of queries per page. Username search finds only
  # cases that still name the person concerned (Rules::Record::NameKeeping):
  # a forgiven case is not found by the name it no longer shows.
  class ArchiveQuery
    PAGE_SIZE = 30

    def initialize(params)
      @filter =
        Rules::Record::ArchiveFilter.parse(params, outcome_keys: LadderStep.in_order.pluck(:key))
      @page = Rules::Case::QueueFilter.page(params[:page])
    end

    def cases
      @cases ||= scope.offset(@page * PAGE_SIZE).limit(PAGE_SIZE + 1).to_a
    end

    def page_cases
      cases.first(PAGE_SIZE)
    end

    def more?
      cases.size > PAGE_SIZE
    end

    attr_reader :page

    private

    def scope
      relation =
        MediationCase
          .in_states(@filter.states)
          .includes(:topic, :ballot, people: :user)
          .order(
            Arel.sql(
              "discourse_mediation_cases.ended_at DESC NULLS LAST, discourse_mediation_cases.id DESC",
            ),
          )
      relation = relation.where(outcome: @filter.outcome) if @filter.outcome
      relation =
        relation.where(
          "discourse_mediation_cases.ended_at >= ?",
          @filter.from.beginning_of_day,
        ) if @filter.from
      relation =
        relation.where(
          "discourse_mediation_cases.ended_at <= ?",
          @filter.to.end_of_day,
        ) if @filter.to
      relation = search(relation, @filter.query) if @filter.query
      relation
    end

    def search(relation, query)
      pattern = "%#{ActiveRecord::Base.sanitize_sql_like(query)}%"
      by_title = Topic.where("title ILIKE ?", pattern).select(:id)
      by_subject =
        MediationCase
          .naming_subject
          .where(subject_id: User.where("username_lower LIKE ?", pattern.downcase).select(:id))
          .select(:id)
      relation.where(
        "discourse_mediation_cases.topic_id IN (?) OR discourse_mediation_cases.id IN (?)",
        by_title,
        by_subject,
      )
    end
  end
end
