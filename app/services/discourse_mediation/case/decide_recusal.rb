# frozen_string_literal: true

module DiscourseMediation
  # A moderator who is not on the roll decides a request that a voter step
  # aside, with a reason the person concerned is told; it stays on the
  # timeline. Only before the ballot opens.
  class Case::DecideRecusal
    include Service::Base
    include Case::Lookup

    params do
      attribute :case_id, :integer
      attribute :recusal_request_id, :integer
      attribute :decision, :string
      attribute :reason, :string

      validates :case_id, :recusal_request_id, presence: true
      validates :decision, inclusion: { in: RecusalRequest::DECISIONS }

      extend ReasonContract
      requires_reason max_length: RecusalRequest::REASON_MAX_LENGTH,
                      error: "discourse_mediation.errors.recusal_decision_reason_missing"
    end

    model :mediation_case
    policy :may_take, class_name: Case::Policy::MayTake[:decide_recusal]
    policy :not_on_the_roll
    policy :not_acted_on_case

    transaction do
      step :lock_case
      policy :in_state, class_name: Case::Policy::InStateFor[:decide_recusal]
      model :recusal_request
      policy :still_pending
      step :decide
    end

    step :tell_subject
    step :open_vote_if_due

    private

    # Nobody decides who sits beside them.
    def not_on_the_roll(mediation_case:, guardian:)
      !BallotBox.case_roll(mediation_case).include?(guardian.user.id)
    end

    def not_acted_on_case(mediation_case:, guardian:)
      mediation_case.may_decide_requests?(guardian.user.id)
    end

    def fetch_recusal_request(mediation_case:, params:)
      mediation_case.recusal_requests.find_by(id: params.recusal_request_id)
    end

    def still_pending(recusal_request:)
      recusal_request.pending?
    end

    def decide(mediation_case:, recusal_request:, params:, guardian:)
      recusal_request.update!(
        decision: params.decision,
        decision_reason: params.reason,
        decided_by_id: guardian.user.id,
        decided_at: Time.zone.now,
      )
      mediation_case.log_event!(
        "#{recusal_request.named? ? "naming" : "recusal"}_#{params.decision}",
        user: guardian.user,
        username: recusal_request.voter.username,
        reason: params.reason,
      )
    end

    def tell_subject(mediation_case:, recusal_request:)
      User
        .where(id: mediation_case.subject_ids)
        .each do |user|
          Notices::SystemMessage.send_once!(
            mediation_case,
            "recusal:#{recusal_request.id}",
            user,
            title: I18n.t("discourse_mediation.recusal.#{recusal_request.kind}_decided_title"),
            raw:
              I18n.t(
                "discourse_mediation.recusal.#{recusal_request.kind}_#{recusal_request.decision}_body",
                username: recusal_request.voter.username,
                reason: Markdown.quote(recusal_request.decision_reason),
                statement_url:
                  "#{Discourse.base_url}/mediation/cases/#{mediation_case.id}/statement",
              ),
          )
        end
    end

    # The last pending request decided after the statement time ended: the
    # vote it held opens now rather than at the next check.
    def open_vote_if_due(mediation_case:)
      mediation_case.open_vote_if_due!
    end
  end
end
