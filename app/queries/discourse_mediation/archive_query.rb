# frozen_string_literal: true

module DiscourseMediation
  # One page of the moderators' archive: ended cases, filtered by outcome,
  # state, closing date and a search of the topic title (or where it
  # happened, for conduct outside the forum) or the subject's username. A
  # fixed number of queries per page. Username search finds only cases that
  # still name the person concerned (Rules::Record::NameKeeping): a forgiven
  # case is not found by the name it no longer shows.
  #
  # A search is three branches, by title, by place and by username, each read
  # in the archive's order up to the page asked for and then merged: each
  # branch reads an index (topics' and users' trigrams, then cases by topic
  # or by subject) rather than every case against every condition at once.
  class ArchiveQuery
    PAGE_SIZE = 30
    CASES = MediationCase.table_name
    ORDER = Arel.sql("#{CASES}.ended_at DESC NULLS LAST, #{CASES}.id DESC")

    def initialize(params)
      @filter =
        Rules::Record::ArchiveFilter.parse(params, outcome_keys: LadderStep.in_order.pluck(:key))
      @page = Rules::Case::QueueFilter.page(params[:page])
    end

    def cases
      @cases ||=
        scope
          .includes(:topic, :ballot, :recommendations, :help_requests, :report, people: :user)
          .order(ORDER)
          .offset(@page * PAGE_SIZE)
          .limit(PAGE_SIZE + 1)
          .to_a
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
      return filtered(MediationCase.all) if !@filter.query
      window = (@page + 1) * PAGE_SIZE + 1
      branches =
        [by_title, by_place, by_subject].map do |branch|
          "(#{filtered(branch).select(:id).order(ORDER).limit(window).to_sql})"
        end
      MediationCase.where("#{CASES}.id IN (#{branches.join(" UNION ")})")
    end

    # The archive's filters, on either branch of a search or on the whole archive.
    def filtered(relation)
      relation = relation.in_states(@filter.states)
      relation = relation.where(outcome: @filter.outcome) if @filter.outcome
      if @filter.from
        relation = relation.where("#{CASES}.ended_at >= ?", @filter.from.beginning_of_day)
      end
      relation = relation.where("#{CASES}.ended_at <= ?", @filter.to.end_of_day) if @filter.to
      relation
    end

    def pattern
      "%#{ActiveRecord::Base.sanitize_sql_like(@filter.query)}%"
    end

    def by_title
      MediationCase.where(topic_id: Topic.where("title ILIKE ?", pattern).select(:id))
    end

    # Conduct outside the forum has no topic: its title names where it
    # happened, so the search reads that. Such cases are the only ones
    # without a topic, so `topic_id IS NULL` reads them from the index of
    # cases by topic rather than every case.
    def by_place
      MediationCase.where(topic_id: nil, conduct_place: "elsewhere").where(
        "#{CASES}.conduct_where ILIKE ?",
        pattern,
      )
    end

    def by_subject
      MediationCase.naming_subject.where(
        subject_id: User.where("username_lower LIKE ?", pattern.downcase).select(:id),
      )
    end
  end
end
