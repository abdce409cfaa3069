# frozen_string_literal: true

module DiscourseMediation
  class LadderSteps::Policy::LadderIsSound < Service::PolicyBase
    delegate :params, to: :context, private: true

    # Steps as the editor sends them (string keys, numbers as strings).
    # Anything that is not an object counts as an empty step.
    def self.parse(raw_steps)
      Array(raw_steps).map do |raw|
        raw = object_or_nil(raw) || {}.with_indifferent_access
        days = ->(value) { value.presence && Integer(value.to_s, exception: false) }
        {
          key: raw[:key].to_s,
          kind: raw[:kind].to_s,
          title: raw[:title].to_s.strip,
          description: raw[:description].to_s.strip,
          duration_days: days.(raw[:duration_days]),
          review_days: days.(raw[:review_days]),
        }
      end
    end

    def self.object_or_nil(raw)
      raw = raw.to_unsafe_h if raw.respond_to?(:to_unsafe_h)
      raw.with_indifferent_access if raw.is_a?(Hash)
    end

    def call
      problems.empty?
    end

    def reason
      I18n.t("discourse_mediation.errors.ladder_invalid", problems: problems.join(" "))
    end

    private

    def problems
      @problems ||= not_steps.presence || step_problems
    end

    def not_steps
      raw_steps = Array(params.steps)
      raw_steps
        .each_index
        .reject { self.class.object_or_nil(raw_steps[_1]) }
        .map { |index| I18n.t("discourse_mediation.errors.ladder.not_a_step", position: index + 1) }
    end

    def step_problems
      steps = self.class.parse(params.steps)
      rules =
        steps.map do
          Rules::DueProcess::Ladder::Step.new(**_1.slice(:key, :kind, :duration_days, :review_days))
        end
      messages =
        Rules::DueProcess::Ladder
          .errors(rules)
          .map { |error, position| I18n.t("discourse_mediation.errors.ladder.#{error}", position:) }
      steps.each_with_index do |step, index|
        if step[:title].empty? || step[:title].length > LadderStep::TITLE_MAX_LENGTH
          messages << I18n.t("discourse_mediation.errors.ladder.title", position: index + 1)
        end
      end
      messages
    end
  end
end
