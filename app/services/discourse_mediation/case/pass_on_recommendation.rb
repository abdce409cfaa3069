# frozen_string_literal: true

module DiscourseMediation
  # A moderator records that they passed a recommendation on to the spaces
  # it is for, outside the forum: once, and only after the person concerned
  # answered it or their time to answer ended.
  class Case::PassOnRecommendation
    include Service::Base
    include Case::Lookup

    params do
      attribute :case_id, :integer
      attribute :recommendation_id, :integer
      validates :case_id, :recommendation_id, presence: true
    end

    model :mediation_case
    policy :may_take, class_name: Case::Policy::MayTake[:pass_on_recommendation]
    policy :not_on_open_roll, class_name: Case::Policy::NotOnOpenRoll

    transaction do
      step :lock_case
      policy :in_state, class_name: Case::Policy::InStateFor[:pass_on_recommendation]
      model :recommendation
      policy :passable, class_name: Case::Policy::RecommendationPassable
      step :mark
    end

    private

    def fetch_recommendation(mediation_case:, params:)
      mediation_case.recommendations.find_by(id: params.recommendation_id)
    end

    def mark(mediation_case:, recommendation:, guardian:)
      recommendation.update!(passed_on_at: Time.zone.now, passed_on_by: guardian.user)
      mediation_case.log_event!(
        "recommendation_passed_on",
        user: guardian.user,
        recommendation_id: recommendation.id,
        spaces: recommendation.spaces,
      )
    end
  end
end
