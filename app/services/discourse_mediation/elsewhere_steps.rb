# frozen_string_literal: true

module DiscourseMediation
  # What both ways into a case about conduct outside the forum share
  # (HelpRequest::CreateElsewhere, Case::OpenElsewhere): the person named,
  # and the new case about them with its evidence.
  module ElsewhereSteps
    private

    # Someone who can be named: an active account of a person, not one
    # made for an email sender (staged) or a bot.
    def fetch_subject_user(params:)
      User.real.not_staged.activated.find_by_username(params.subject_username)
    end

    # Always a new case, with the person named as its person concerned.
    def create_elsewhere_case(params, subject_user, urgent: false)
      mediation_case =
        MediationCase.create!(
          subject_id: subject_user.id,
          conduct_place: "elsewhere",
          conduct_where: params.where,
          conduct_on: params.conduct_on,
          urgent:,
        )
      mediation_case.people.create!(user_id: subject_user.id, subject: true)
      mediation_case
    end

    def create_evidence(mediation_case, params, added_by:, help_request: nil)
      params.evidence_records.each do |record|
        mediation_case.evidence.create!(**record, help_request:, added_by:)
      end
    end
  end
end
