# frozen_string_literal: true

module DiscourseMediation
  module Rules
    module DueProcess
      # What a report must hold before it can be submitted.
      module ReportRules
        TEXT_PARTS = %i[what_happened mediation_course why_unresolved].freeze
        PARTS = (TEXT_PARTS + %i[cited_items recommended_steps]).freeze
        TEXT_MAX_LENGTH = 10_000

        Draft =
          Struct.new(
            :what_happened,
            :mediation_course,
            :why_unresolved,
            :cited_keys,
            :recommended_keys,
            keyword_init: true,
          )

        module_function

        # The draft held by anything that answers to the parts' names: a saved
        # report, or the parameters an editor sent.
        def draft_of(source)
          Draft.new(**Draft.members.to_h { |part| [part, source.public_send(part)] })
        end

        # The parts still missing, in the order the editor shows them. Cited items
        # must be current items of the published list; recommended steps must be
        # sanctions of the ladder (No action is always on the ballot by itself).
        def missing_parts(draft, published_keys:, sanction_keys:)
          missing = TEXT_PARTS.select { |part| draft.public_send(part).to_s.strip.empty? }
          missing << :cited_items if (Array(draft.cited_keys) & published_keys).empty?
          missing << :recommended_steps if (Array(draft.recommended_keys) & sanction_keys).empty?
          missing
        end

        # Keys a draft may not hold at all: refused even in a draft.
        def unknown_keys(draft, published_keys:, sanction_keys:)
          (Array(draft.cited_keys) - published_keys) +
            (Array(draft.recommended_keys) - sanction_keys)
        end

        def too_long_parts(draft)
          TEXT_PARTS.select do |part|
            draft.public_send(part).to_s.each_char.count > TEXT_MAX_LENGTH
          end
        end
      end
    end
  end
end
