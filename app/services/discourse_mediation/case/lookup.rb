# frozen_string_literal: true

module DiscourseMediation
  # The steps case services share: find the case (with its requests and
  # people), and, for the services that move it or depend on its state, hold
  # its row until their transaction ends (`step :lock_case`, then the state
  # policy), so that two people acting at once are served one after the
  # other and the second sees what the first did. Services that only add to
  # a case (a note, a person, a conversation, a cool-down) do not lock it.
  module Case::Lookup
    private

    def fetch_mediation_case(params:)
      MediationCase.includes(:help_requests, :people).find_by(id: params.case_id)
    end

    def lock_case(mediation_case:)
      mediation_case.lock!
    end
  end
end
