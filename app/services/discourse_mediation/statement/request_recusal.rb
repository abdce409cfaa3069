# frozen_string_literal: true

module DiscourseMediation
  # Before the ballot opens, the person concerned may ask, with a reason,
  # that a named voter step aside. Until a moderator declines it, the request
  # keeps that voter off the roll. The moderators are told at once.
  class Statement::RequestRecusal
    include Service::Base
    include Case::Lookup

    params do
      attribute :case_id, :integer
      attribute :voter_id, :integer
      attribute :reason, :string

      validates :case_id, :voter_id, presence: true

      extend ReasonContract
      requires_reason max_length: RecusalRequest::REASON_MAX_LENGTH,
                      error: "discourse_mediation.errors.recusal_reason_missing"
    end

    model :mediation_case
    policy :may_take, class_name: Case::Policy::MayTake[:request_recusal]

    transaction do
      step :lock_case
      policy :in_state, class_name: Case::Policy::InStateFor[:request_recusal]
      policy :window_open, class_name: Statement::Policy::WindowOpen
      policy :on_the_roll
      policy :not_asked_yet
      policy :within_cap, class_name: Statement::Policy::WithinRecusalCap
      model :recusal_request, :create_request
    end

    step :tell_moderators

    private

    def on_the_roll(mediation_case:, params:)
      BallotBox.case_roll(mediation_case).include?(params.voter_id)
    end

    def not_asked_yet(mediation_case:, params:)
      !mediation_case.recusal_requests.exists?(voter_id: params.voter_id)
    end

    def create_request(mediation_case:, params:, guardian:)
      request =
        mediation_case.recusal_requests.create!(voter_id: params.voter_id, reason: params.reason)
      mediation_case.log_event!(
        "recusal_requested",
        user: guardian.user,
        username: request.voter.username,
      )
      request
    end

    def tell_moderators(mediation_case:, recusal_request:)
      Notices::SystemMessage.send_to_moderators!(
        title: I18n.t("discourse_mediation.recusal.requested_title", case_id: mediation_case.id),
        raw:
          I18n.t(
            "discourse_mediation.recusal.requested_body",
            username: recusal_request.voter.username,
            case_url: "#{Discourse.base_url}/mediation/cases/#{mediation_case.id}",
            deadline: Notices::SystemMessage.time(mediation_case.statement_closes_at),
          ),
      )
    end
  end
end
