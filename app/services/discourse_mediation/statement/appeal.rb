# frozen_string_literal: true

module DiscourseMediation
  # The person concerned appeals, once, with a statement, within the set days
  # after being told the outcome. A separate group decides in a secret ballot
  # that opens at once; the moderators are told.
  class Statement::Appeal
    include Service::Base
    include Case::Lookup

    params do
      attribute :case_id, :integer
      attribute :statement, :string

      validates :case_id, presence: true
      validate :has_text

      def statement
        super.to_s.strip
      end

      private

      def has_text
        error =
          DiscourseMediation::Statement.text_error(
            statement,
            empty_error: "discourse_mediation.errors.appeal_statement_empty",
          )
        errors.add(:base, error) if error
      end
    end

    model :mediation_case
    policy :may_take, class_name: Case::Policy::MayTake[:appeal]

    transaction do
      step :lock_case
      policy :in_state, class_name: Case::Policy::InStateFor[:appeal]
      policy :appeal_open
      step :appeal
    end

    step :tell_moderators

    private

    def appeal_open(mediation_case:)
      mediation_case.appeal_refusal.nil?
    end

    def appeal(mediation_case:, params:, guardian:)
      mediation_case.update!(appealed_at: Time.zone.now, appeal_statement: params.statement)
      mediation_case.log_event!("appealed", user: guardian.user)
      context[:appeal_ballot] = BallotBox.open_appeal!(mediation_case)
    end

    def tell_moderators(mediation_case:, appeal_ballot:)
      Notices::SystemMessage.send_to_moderators!(
        title: I18n.t("discourse_mediation.appeal.opened_title", case_id: mediation_case.id),
        raw:
          I18n.t(
            "discourse_mediation.appeal.opened_body",
            ballot_url: "#{Discourse.base_url}/mediation/ballots/#{appeal_ballot.id}",
            eligible: appeal_ballot.eligible_count,
            closes_at: Notices::SystemMessage.time(appeal_ballot.closes_at),
          ),
      )
    end
  end
end
