# frozen_string_literal: true

module DiscourseMediation
  # Saves the whole sanction ladder at once, so that its order and rules are
  # checked together: No action first and fixed, every other step with an end
  # or a review period.
  class LadderSteps::Replace
    include Service::Base
    include PublishedList::AdminEditing

    params do
      attribute :steps, :array
      validates :steps, presence: true
    end

    policy :is_admin
    policy :ladder_is_sound, class_name: LadderSteps::Policy::LadderIsSound
    policy :live_options_kept, class_name: LadderSteps::Policy::LiveOptionsKept

    transaction { step :replace }

    private

    def replace(params:)
      steps = LadderSteps::Policy::LadderIsSound.parse(params.steps)
      keys = steps.map { _1[:key] }
      LadderStep.where.not(key: keys).delete_all
      steps.each_with_index do |step, position|
        record = LadderStep.find_or_initialize_by(key: step[:key])
        # No action is fixed: it keeps its place and its words.
        next record.update!(position:) if record.persisted? && record.no_action?
        record.update!(
          kind: step[:kind],
          position:,
          title: step[:title],
          description: step[:description],
          duration_days: step[:duration_days],
          review_days: step[:review_days],
        )
      end
    end
  end
end
