# frozen_string_literal: true

module DiscourseMediation
  # The person concerned answers a recommendation to other spaces, once,
  # before it is passed on: the moderators read the answer with it and are
  # told it came.
  class Statement::AnswerRecommendation
    include Service::Base
    include Case::Lookup

    params do
      attribute :case_id, :integer
      attribute :recommendation_id, :integer
      attribute :reason, :string

      validates :case_id, :recommendation_id, presence: true
      validate :sound

      # Trimmed of every kind of blank, no-break and zero-width ones among them.
      def reason
        Rules::Record::Recommendation.trim(super)
      end

      private

      def sound
        rule = Rules::Record::Recommendation
        problem = rule.answer_problem(reason)
        return if problem.nil?
        errors.add(
          :base,
          I18n.t(
            "discourse_mediation.errors.recommendations.#{problem}",
            count: rule.limit_of(problem),
          ),
        )
      end
    end

    model :mediation_case
    policy :may_take, class_name: Case::Policy::MayTake[:answer_recommendation]

    transaction do
      step :lock_case
      policy :in_state, class_name: Case::Policy::InStateFor[:answer_recommendation]
      model :recommendation
      policy :answer_open
      step :keep_it
    end

    step :tell

    private

    def fetch_recommendation(mediation_case:, params:)
      mediation_case.recommendations.find_by(id: params.recommendation_id)
    end

    def answer_open(recommendation:)
      recommendation.answerable?
    end

    def keep_it(mediation_case:, recommendation:, params:, guardian:)
      recommendation.update!(answer: params.reason, answered_at: Time.zone.now)
      mediation_case.log_event!(
        "recommendation_answered",
        user: guardian.user,
        recommendation_id: recommendation.id,
      )
    end

    def tell(recommendation:)
      Jobs.enqueue(
        Jobs::DiscourseMediation::TellRecommendation,
        recommendation_id: recommendation.id,
        what: "answered",
      )
    end
  end
end
