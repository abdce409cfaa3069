# frozen_string_literal: true

module DiscourseMediation
  # The first steps every case service shares: find the case, then hold its
  # row until the transaction ends, so that two mediators acting at once are
  # served one after the other and the second sees what the first did.
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
