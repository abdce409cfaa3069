# frozen_string_literal: true

module DiscourseMediation
  # Once a sanction is carried out, a moderator may recommend something to
  # the people who run other spaces the person concerned is active in (a
  # repository, a chat, an event). The plugin sends nothing outside the
  # forum: the person concerned is shown it first and may answer it; the
  # moderators are told which spaces it is for, and one of them passes it on.
  class Case::Recommend
    include Service::Base
    include Case::Lookup

    params do
      attribute :case_id, :integer
      # Untyped, so input in the wrong shape is refused, never cast.
      attribute :text
      attribute :spaces

      validates :case_id, presence: true
      validate :sound

      def text
        Rules::Record::Recommendation.trim(super)
      end

      def space_names
        Rules::Record::Recommendation.spaces(spaces)
      end

      private

      def sound
        rule = Rules::Record::Recommendation
        problem =
          rule.shape_problem(text: attributes["text"], spaces: attributes["spaces"]) ||
            rule.problem(text:, spaces: space_names)
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
    policy :may_take, class_name: Case::Policy::MayTake[:recommend]
    policy :not_on_open_roll, class_name: Case::Policy::NotOnOpenRoll

    transaction do
      step :lock_case
      policy :in_state, class_name: Case::Policy::InStateFor[:recommend]
      policy :sanctioned
      policy :no_open_appeal
      policy :not_a_repeat
      policy :within_limit
      model :recommendation, :make
      step :record_on_timeline
    end

    step :tell

    private

    # Nothing to pass on after No action, and nobody to show it to without
    # the person concerned.
    def sanctioned(mediation_case:)
      Rules::Record::NameKeeping.sanctioned?(mediation_case.outcome) &&
        mediation_case.subject_ids.any?
    end

    # While an appeal of the sanction is being voted on, it may yet be lowered.
    def no_open_appeal(mediation_case:)
      appeal = mediation_case.appeal_ballot
      appeal.nil? || appeal.closed?
    end

    # The same text twice is a double submission, not a second recommendation.
    def not_a_repeat(mediation_case:, params:)
      mediation_case.recommendations.none? { |existing| existing.text == params.text }
    end

    def within_limit(mediation_case:)
      mediation_case.recommendations.size < Rules::Record::Recommendation::MAX_PER_CASE
    end

    def make(mediation_case:, params:, guardian:)
      mediation_case.recommendations.create!(
        text: params.text,
        spaces: params.space_names,
        created_by: guardian.user,
      )
    end

    def record_on_timeline(mediation_case:, recommendation:, guardian:)
      mediation_case.log_event!(
        "recommendation_made",
        user: guardian.user,
        recommendation_id: recommendation.id,
        spaces: recommendation.spaces,
      )
    end

    def tell(recommendation:)
      Jobs.enqueue(
        Jobs::DiscourseMediation::TellRecommendation,
        recommendation_id: recommendation.id,
        what: "made",
      )
    end
  end
end
