# frozen_string_literal: true

module DiscourseMediation
  # A case holds at most Rules::Case::Evidence::MAX_PER_CASE pieces. Asked
  # under the case's lock, so that two pieces added at once are counted one
  # after the other.
  class Evidence::Policy::RoomForEvidence < Service::PolicyBase
    delegate :mediation_case, to: :context, private: true

    def call
      Rules::Case::Evidence.room_for?(mediation_case.evidence.count)
    end

    def reason
      I18n.t(
        "discourse_mediation.errors.evidence.too_many",
        count: Rules::Case::Evidence::MAX_PER_CASE,
      )
    end
  end
end
