# frozen_string_literal: true

module DiscourseMediation
  # Scheduled jobs work through many records. One that raises is reported
  # with Discourse.warn_exception and skipped, so it cannot hold up the
  # others; its own transaction has rolled back, and the next run tries it
  # again.
  module OneByOne
    module_function

    def each(relation, job:)
      relation.find_each do |record|
        yield record
      rescue StandardError => e
        Discourse.warn_exception(
          e,
          message: "#{job} could not handle #{record.class.name} #{record.id}",
        )
      end
    end
  end
end
