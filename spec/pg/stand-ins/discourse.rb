# frozen_string_literal: true

require "json"

# discourse/discourse lib/discourse.rb: the system user, the base URLs and warn_exception, which
# scheduled jobs use to report one bad record and carry on.
module Discourse
  SYSTEM_USER_ID = -1

  class InvalidParameters < StandardError
  end

  class NotLoggedIn < StandardError
  end

  class NotFound < StandardError
    attr_reader :status

    def initialize(
      msg = nil,
      status: 404,
      check_permalinks: false,
      original_path: nil,
      custom_message: nil
    )
      super(msg)
      @status = status
    end
  end

  class InvalidAccess < StandardError
    def initialize(msg = nil, obj = nil, opts = nil)
      super(msg)
    end
  end

  class << self
    def system_user
      User.find_by(id: SYSTEM_USER_ID)
    end

    # The forum's address without its subfolder, to put before a relative
    # URL that already has it.
    def base_url_no_prefix
      "http://forum.test"
    end

    def base_url
      "#{base_url_no_prefix}#{base_path}"
    end

    # The subfolder a forum is installed under; none here.
    def base_path(default_value = "")
      default_value
    end

    def warnings
      @warnings ||= []
    end

    def warn_exception(e, message: "", env: nil)
      warnings << { exception: e, message: }
    end
  end
end

# lib/mini_sql_multisite_connection.rb: `DB.after_commit` runs the block once
# the current transaction commits, at once when there is none. As in
# Discourse's test environment, the transaction each example runs in does not
# count as one.
module DB
  class AfterCommitWrapper
    def initialize(&blk)
      @callback = blk
    end

    def committed!(*)
      @callback.call
    end

    def before_committed!(*)
    end

    def rolledback!(*)
    end

    def trigger_transactional_callbacks?
      true
    end
  end

  class << self
    attr_accessor :test_transaction

    def transaction_open?
      connection = ActiveRecord::Base.connection
      connection.transaction_open? && connection.current_transaction != test_transaction
    end

    # MiniSql's query helpers (discourse/mini_sql lib/mini_sql/postgres/connection.rb),
    # with ? placeholders, over ActiveRecord's connection.
    def query_hash(sql, *params)
      select(sql, params).to_a
    end

    def query_single(sql, *params)
      select(sql, params).rows.flatten
    end

    def after_commit(&blk)
      return blk.call if !transaction_open?
      ActiveRecord::Base.connection.add_transaction_record(AfterCommitWrapper.new(&blk))
    end

    private

    def select(sql, params)
      ActiveRecord::Base.connection.select_all(
        ActiveRecord::Base.sanitize_sql_array([sql, *params]),
      )
    end
  end
end

# app/jobs/base.rb and lib/jobs (Jobs.enqueue): jobs are Sidekiq workers, so
# their arguments go through JSON and arrive with string keys; enqueueing in a
# transaction waits for the commit. Enqueued jobs are recorded here; a spec runs
# them with `run_enqueued_jobs`.
module Jobs
  class Base
    def perform(*args)
      execute(args.extract_options!.with_indifferent_access)
    end

    def execute(opts = {})
      raise "Overwrite me!"
    end
  end

  # Core's app/jobs/regular/group_pm_alert.rb, which Topic#invite_group
  # enqueues; it alerts the group's members and is not run here.
  class GroupPmAlert < Base
    def execute(args)
    end
  end

  # MiniScheduler::Schedule#every (discourse/mini_scheduler
  # lib/mini_scheduler/schedule.rb), which core's scheduled jobs extend.
  class Scheduled < Base
    class << self
      def every(duration = nil)
        duration ? @every = duration : @every
      end
    end
  end

  class << self
    def enqueued
      @enqueued ||= []
    end

    def enqueue(job, opts = {})
      record = -> do
        enqueued << { job: job_class(job), args: JSON.parse(JSON.dump(opts)), at: nil }
      end
      DB.after_commit(&record)
    end

    def enqueue_at(datetime, job_name, opts = {})
      record = -> do
        enqueued << { job: job_class(job_name), args: JSON.parse(JSON.dump(opts)), at: datetime }
      end
      DB.after_commit(&record)
    end

    # A job class, or the name of one in the Jobs namespace; an unknown name
    # raises here, as it does when Sidekiq runs it.
    def job_class(job)
      job.instance_of?(Class) ? job : "::Jobs::#{job.to_s.camelcase}".constantize
    end
  end
end
