# frozen_string_literal: true

module DiscourseMediation
  # Everyone who acted on a case, by user id: the one record every "nobody
  # who acted decides" check reads (the rolls of its ballots, who may decide
  # its requests). The person concerned, every requester (withdrawn too),
  # everyone who acted as its mediator, the people the report names as
  # affected, and whoever imposed or lifted an interim measure, decided an
  # extension or a request that a voter step aside, carried out or reviewed
  # the outcome.
  class CaseActors
    # Timeline entries whose author acted on the case beyond mediating it.
    ACTIONS = %w[
      interim_suspension
      interim_lifted
      extension_granted
      extension_declined
      recusal_granted
      recusal_declined
      implement
      reviewed
    ].freeze

    # Deciding requests is one role: a moderator who decided one request that
    # a voter step aside may decide the next; having acted otherwise, not.
    REQUEST_DECISIONS = %w[recusal_granted recusal_declined extension_granted extension_declined].freeze

    def initialize(mediation_case)
      @mediation_case = mediation_case
    end

    def ids
      @ids ||= (people_ids + acted_by(ACTIONS)).uniq
    end

    def include?(user_id)
      ids.include?(user_id)
    end

    # Whether this user may decide the case's requests.
    def may_decide_requests?(user_id)
      !(people_ids + acted_by(ACTIONS - REQUEST_DECISIONS)).include?(user_id)
    end

    private

    def people_ids
      @people_ids ||=
        [
          *@mediation_case.subject_ids,
          *@mediation_case.requester_ids,
          *@mediation_case.mediator_ids,
          *@mediation_case.affected_ids,
        ].uniq
    end

    def acted_by(actions)
      @mediation_case.events.select { actions.include?(_1.action) }.filter_map(&:user_id)
    end
  end
end
